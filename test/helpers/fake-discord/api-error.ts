/** A JSON error the fake answers with: `{code, message, errors?}` (DOCS reference.mdx "Error Messages"). */
export interface ApiError {
  status: number;
  code: number;
  message: string;
  errors?: unknown;
}

/** One broken field rule, located by its path in the request body. */
export interface FieldProblem {
  path: (string | number)[];
  code: string;
  message: string;
}

/** Builds an API error. */
export function apiError(status: number, code: number, message: string, errors?: unknown): ApiError {
  return { status, code, message, ...(errors === undefined ? {} : { errors }) };
}

/** 400 50035 "Invalid Form Body" with Discord's nested `{field: {_errors: [...]}}` error tree. */
export function invalidFormBody(problems: FieldProblem[]): ApiError {
  const tree: Record<string, unknown> = {};
  for (const problem of problems) {
    let node = tree;
    for (const key of problem.path) node = (node[String(key)] ??= {}) as Record<string, unknown>;
    ((node._errors ??= []) as unknown[]).push({ code: problem.code, message: problem.message });
  }
  return apiError(400, 50035, 'Invalid Form Body', tree);
}

/** The problems as one line for the violations list, e.g. `embeds.0.title: Must be 256 or fewer in length.`. */
export function describeProblems(problems: FieldProblem[]): string {
  return problems.map((problem) => `${problem.path.join('.') || 'body'}: ${problem.message}`).join('; ');
}
