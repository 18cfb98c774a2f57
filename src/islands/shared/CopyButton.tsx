/** A button that copies text and says, politely, whether it worked. */
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { copyText } from './clipboard';

interface Props {
  label: string;
  copied: string;
  failed: string;
  text: () => string;
}

export function CopyButton({ label, copied, failed, text }: Props): JSX.Element {
  const [status, setStatus] = useState('');
  const onClick = async () => {
    setStatus('');
    setStatus((await copyText(text())) ? copied : failed);
  };
  return (
    <span class="copy">
      <button type="button" onClick={onClick}>
        {label}
      </button>
      <span class="copy-status" role="status">
        {status}
      </span>
    </span>
  );
}
