/** A registered operation run for the current session, re-run when its variables or the session change. */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'preact/hooks';
import { endSession, useSession } from '../auth/session.ts';
import { cockpitConfig, resolveUrl } from '../config.ts';
import { GraphRequestError, type GraphResult, runOperation } from './client.ts';

export type OperationState<T> =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | ({ status: 'done' } & GraphResult<T>);

export function useOperation<T, V>(
  document: DocumentTypeDecoration<T, V> & { toString(): string },
  variables: V,
): OperationState<T> {
  const session = useSession();
  const [state, setState] = useState<OperationState<T>>({ status: 'loading' });
  const key = JSON.stringify(variables);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    cockpitConfig()
      .then((config) =>
        runOperation(resolveUrl(config.graphqlUrl), document, variables, session?.accessToken, controller.signal),
      )
      .then((result) => setState({ status: 'done', ...result }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof GraphRequestError && error.status === 401) endSession();
        setState({
          status: 'failed',
          message: error instanceof TypeError ? 'Der Graph ist nicht erreichbar.' : (error as Error).message,
        });
      });
    return () => controller.abort();
  }, [document, key, session?.accessToken]);
  return state;
}
