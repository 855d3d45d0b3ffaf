// Placeholder until this benchmark lands.
export async function run(): Promise<void> {
  console.log('not written yet');
}
