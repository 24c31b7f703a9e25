/** Alexa waits 8 seconds for a whole response: no single service call may take more than this. */
export const SERVICE_TIMEOUT_MS = 3000;

export function withTimeout<T>(promise: Promise<T>, ms = SERVICE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What an Alexa API call gave: its value, or the failure the flow is told about. */
export type ApiResult<T, Failure> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

/**
 * Creates one alert (timer or reminder) per spec, in order. All or nothing: when one fails, the ones already
 * created are deleted again (best effort), so the user never has half a cold cycle or half a day of reminders.
 * Resolves to how many were created.
 */
export async function createAllOrNothing<Spec, Failure>(
  specs: readonly Spec[],
  create: (spec: Spec) => Promise<string | undefined>,
  remove: (id: string) => Promise<unknown>,
  classify: (error: unknown) => Failure,
): Promise<ApiResult<number, Failure>> {
  const created: string[] = [];
  for (const spec of specs) {
    try {
      const id = await withTimeout(create(spec));
      if (id) created.push(id);
    } catch (error) {
      await Promise.allSettled(created.map((id) => withTimeout(remove(id))));
      return { ok: false, failure: classify(error) };
    }
  }
  return { ok: true, value: created.length };
}
