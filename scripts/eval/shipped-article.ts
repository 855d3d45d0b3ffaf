// Placeholder until this evaluation lands.
export async function run(_options: { heldout: boolean }): Promise<void> {
  console.log('not written yet');
}
