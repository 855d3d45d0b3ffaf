/** A Reply as readable terminal text: headings underlined, bullets, quotes with their source, section hints. */
import type { Reply, ReplyPart } from '../../../commands/reply.js';
import { neutraliseMentions } from '../../../commands/sanitize.js';

function renderPart(part: ReplyPart): string {
  switch (part.type) {
    case 'heading':
      return `${part.text}\n${'─'.repeat(Math.min(part.text.length, 72))}`;
    case 'paragraph':
      return part.text;
    case 'bullets':
      return part.items.map((item) => `  • ${item}`).join('\n');
    case 'quote':
      return `  “${part.text}”${part.source ? `\n      — ${part.source}` : ''}`;
    case 'fields':
      return part.fields.map((field) => `  ${field.name}\n      ${field.value}`).join('\n');
    case 'context':
      return `  › ${part.text}`;
  }
}

/** The whole reply; open-section actions become a hint of what to type, since a terminal has no buttons. */
export function renderConsoleText(reply: Reply): string {
  const blocks = reply.parts.map(renderPart);
  const sections = reply.actions.flatMap((action) => (action.type === 'open-section' ? [action.label] : []));
  if (sections.length > 0) blocks.push(`  › open a section: /brief topic <${sections.join(' | ')}>`);
  return `${neutraliseMentions(blocks.join('\n\n'))}\n`;
}
