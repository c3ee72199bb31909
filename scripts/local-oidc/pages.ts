// The HTML pages of the local identity provider, in French like the rest of the UI. No script: the
// page is a form with one button per identity.

const NOTE = "Fournisseur d'identité local pour le développement et les tests";

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem;color:#161616}
ul{list-style:none;padding:0}li{margin:.5rem 0}
button{font:inherit;padding:.6rem 1rem;border:1px solid #000091;background:#fff;color:#000091;cursor:pointer;text-align:left;width:100%}
button:hover,button:focus-visible{background:#000091;color:#fff}
.secondary{border-color:#3a3a3a;color:#3a3a3a;width:auto}`;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(NOTE)}</p>
${body}
</main></body>
</html>`;
}

export interface LoginPageInput {
  title: string;
  /** Where the form posts: the interaction's own URL (its cookie is scoped to that path). */
  action: string;
  clientId: string;
  identities: readonly { key: string; label: string }[];
}

export function loginPage({ title, action, clientId, identities }: LoginPageInput): string {
  const buttons = identities
    .map(({ key, label }) => `<li><button type="submit" name="identity" value="${escapeHtml(key)}">${escapeHtml(label)}</button></li>`)
    .join('\n');
  return page(
    title,
    `<form method="post" action="${escapeHtml(action)}">
<p>Choisissez l'identité avec laquelle vous connecter à l'application <strong>${escapeHtml(clientId)}</strong> :</p>
<ul>
${buttons}
</ul>
<button type="submit" name="cancel" value="1" class="secondary">Annuler</button>
</form>`,
  );
}

export function errorPage(title: string, message: string, details: Record<string, unknown> = {}): string {
  const lines = Object.entries(details)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(String(value))}</dd>`)
    .join('');
  return page(title, `<p role="alert">${escapeHtml(message)}</p>${lines ? `<dl>${lines}</dl>` : ''}`);
}
