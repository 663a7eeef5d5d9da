'use client';

/**
 * A Spanish page failed while rendering. The Spanish layout (header, crisis line, footer) is still
 * around this, so a reader who came for help still finds it. Its words are written here, as the
 * English error page's are: this page runs in the browser, and the dictionary or the route table
 * (lib/routes.ts, about 500 B gzip) would be shipped with it.
 */
export default function SpanishError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1 className="page-title">No pudimos mostrar esta página</h1>
      <p>Algo salió mal de nuestro lado. Vuelva a intentarlo en un momento.</p>
      <p className="error-actions">
        <button type="button" onClick={() => reset()}>
          Intentar de nuevo
        </button>{' '}
        <a href="/es">Ir a los artículos recientes</a>
      </p>
    </>
  );
}
