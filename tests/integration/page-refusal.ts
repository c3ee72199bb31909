/**
 * The digest Next gives notFound() and redirect() — what a page answered instead of rendering — or
 * 'rendered'. Shared by the page authorization tests (not a test file itself).
 */
export async function pageRefusal(render: () => Promise<unknown>): Promise<string> {
  try {
    await render();
    return 'rendered';
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}
