/** ArtifactStore over @actions/artifact (imported on first use, like the cache). */
import type { ArtifactStore } from '@mlci/core';

export function createArtifactStore(): ArtifactStore {
  return {
    async upload(name, files, rootDirectory, retentionDays) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const client = new DefaultArtifactClient();
      const res = await client.uploadArtifact(name, files, rootDirectory, retentionDays ? { retentionDays } : {});
      return { id: res.id, size: res.size };
    },
  };
}
