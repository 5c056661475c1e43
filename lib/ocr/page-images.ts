/**
 * The editor page's side of the image checks. Images entering the draft by paste, drop or file pick
 * are read from the user's own bytes at once (before the platform uploads them); images already in
 * the draft are read from their data: or blob: source, or fetched by the background (https). The
 * background does the reading and the checking; this only sends bytes or URLs and keeps the
 * answers, so the content script stays small. Nothing here touches the editor's DOM.
 */
import type { Draft, DraftImage } from '../engine/draft';
import type { Finding } from '../engine/rule';
import type { MessageData, MessageReply } from '../messaging/protocol';

type Reply = MessageReply<'ocrRead'>;

interface Entry {
  state: 'pending' | 'done' | 'failed';
  reply?: Reply;
}

export interface ImageProgress {
  total: number;
  done: number;
  /** 1-based numbers of the images not read yet. */
  pending: number[];
}

export interface PageImagesOptions {
  doc: Document;
  signal: AbortSignal;
  read(data: MessageData<'ocrRead'>): Promise<Reply>;
  /** Something was read: check the draft again. */
  changed(): void;
  /** How long the gate waits for reads in progress. */
  waitMs?: number;
  /** Answers arriving within this long of the first still unreported one cause one `changed` (default 300 ms, the typing debounce). */
  coalesceMs?: number;
  /** Localised message of the finding for images left unchecked at the gate. */
  uncheckedMessage(numbers: number[], seconds: number): string;
  /** Localised message of the finding for an image that could not be read. */
  failedMessage(number: number, reason: string): string;
}

const MAX_BYTES = 20 * 1024 * 1024;
const isImageFile = (f: File) => /^image\//.test(f.type) && f.size <= MAX_BYTES;

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // readAsDataURL always yields a string; anything else is a reader failure.
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('FileReader gave no data URL')));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(blob);
  });
}

/** A finding about an image as a whole (not read in time, not readable), placed where it stands. */
function note(ruleId: string, severity: 'block' | 'info', at: number, message: string): Finding {
  return {
    ruleId,
    category: 'personal-data',
    severity,
    messageId: ruleId,
    start: at,
    end: at,
    text: '',
    message,
    basis: [{ article: 24 }],
  };
}

export function pageImages(options: PageImagesOptions) {
  const { doc, signal } = options;
  const entries = new Map<string, Entry>();
  // Bytes read at paste/drop/pick, waiting for the <img> the editor inserts for them.
  const unclaimed: Promise<string>[] = [];
  let listeners: (() => void)[] = [];
  // Image servers the last checked draft's unread images are on, which the user may allow.
  let access: string[] = [];

  // Answers arrive one by one. Each `changed` re-reads the whole draft from the page and checks it
  // again, so answers arriving close together (failed reads of a pasted draft's many images, each in
  // its own task) cause one per `coalesceMs` after the first, not one per image; the gate's progress still hears of
  // each at once.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const notify = () => {
    for (const l of listeners) l();
    if (pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      if (!signal.aborted) options.changed();
    }, options.coalesceMs ?? 300);
  };
  signal.addEventListener('abort', () => clearTimeout(pending), { once: true });

  const keyOf = (image: DraftImage) => `${image.src}\u0000${image.alt}\u0000${image.caption}`;
  // What the rules read besides the pixels, cut to the message's limits.
  const contextOf = (image: DraftImage) =>
    Object.fromEntries((['src', 'alt', 'title', 'caption', 'context'] as const).map((k) => [k, image[k].slice(0, 2000)])) as Record<
      'src' | 'alt' | 'title' | 'caption' | 'context',
      string
    >;

  async function sourceOf(image: DraftImage): Promise<MessageData<'ocrRead'>['source'] | null> {
    const src = image.src;
    if (/^data:image\//i.test(src)) return { image: src };
    let url: URL;
    try {
      url = new URL(src, doc.baseURI);
    } catch {
      return null;
    }
    // The page's own object URLs and origin (an extension page's packaged image, a platform serving
    // its uploads) are read in the page; an https image elsewhere is fetched by the background,
    // unless it is one the user just pasted or dropped, shown by its upload URL.
    const own = url.protocol === 'blob:' || url.origin === new URL(doc.baseURI).origin;
    const local = own ? undefined : unclaimed.shift();
    if (local) return { image: await local };
    if (own) {
      const blob = await fetch(url.href, { credentials: 'same-origin' }).then((r) => (r.ok ? r.blob() : null));
      return blob && blob.size <= MAX_BYTES ? { image: await dataUrlOf(blob) } : null;
    }
    return url.protocol === 'https:' ? { url: url.href } : null;
  }

  function start(image: DraftImage) {
    const key = keyOf(image);
    if (entries.has(key)) return;
    const entry: Entry = { state: 'pending' };
    entries.set(key, entry);
    void (async () => {
      try {
        const source = await sourceOf(image);
        entry.reply = source ? await options.read({ source, image: contextOf(image) }) : { ok: false, reason: 'unreachable' };
      } catch (e) {
        entry.reply = { ok: false, reason: String((e as Error)?.message ?? e).slice(0, 200) };
      }
      entry.state = entry.reply.ok ? 'done' : 'failed';
      if (!signal.aborted) notify();
    })();
  }

  // The user's own files, as they enter a supported editor: read now, claimed by the next new image.
  const take = (files: FileList | null | undefined) => {
    for (const file of [...(files ?? [])].filter(isImageFile)) {
      const url = dataUrlOf(file);
      // Read now, before the platform uploads it: the background caches the result by content, so
      // the <img> the editor inserts later (a preview or the upload's URL) is answered at once.
      url.then((image) => options.read({ source: { image } })).catch(() => undefined);
      // Bounded: files no image ever claims (an editor that refused them) are forgotten.
      if (unclaimed.push(url) > 20) void unclaimed.shift();
    }
  };
  const listen = { capture: true, signal };
  doc.addEventListener('paste', (e) => take(e.clipboardData?.files), listen);
  doc.addEventListener('drop', (e) => take(e.dataTransfer?.files), listen);
  doc.addEventListener(
    'change',
    (e) => {
      const input = e.target as HTMLInputElement | null;
      if (input?.localName === 'input' && input.type === 'file') take(input.files);
    },
    listen,
  );

  function progress(draft: Pick<Draft, 'images'>): ImageProgress {
    const out: ImageProgress = { total: 0, done: 0, pending: [] };
    draft.images.forEach((image, i) => {
      // An <img> without a source (ProseMirror's separator after an inline image) has nothing to read.
      if (!image.src) return;
      out.total++;
      const entry = entries.get(keyOf(image));
      // An image that could not be read is done here: it is reported as unreadable, not waited for.
      if (entry && entry.state !== 'pending') out.done++;
      else out.pending.push(i + 1);
    });
    return out;
  }

  return {
    progress,
    /** Platform image servers the extension may not read yet, for images of this draft that failed (offered in the panel). */
    accessNeeded(): string[] {
      return access;
    },
    /** Access was granted: the images that could not be read are read again at the next check. */
    retryFailed() {
      for (const [key, entry] of entries) if (entry.state === 'failed') entries.delete(key);
    },
    /**
     * The findings read in the draft's images, placed where each image stands; records each image's
     * text on the draft (DraftImage.printed) so the rules read it too. Starts reading new images.
     */
    findings(draft: Draft): Finding[] {
      const out: Finding[] = [];
      const hosts = new Set<string>();
      draft.images.forEach((image, index) => {
        if (!image.src) return;
        start(image);
        const reply = entries.get(keyOf(image))?.reply;
        if (reply && !reply.ok) {
          // Not read (a host the extension may not fetch, a vector or unknown format): noted for the
          // user to check, without changing the draft's status — nothing was found, nothing confirmed.
          out.push(note('image-unreadable', 'info', image.offset, options.failedMessage(index + 1, reply.reason)));
          if (reply.access) hosts.add(reply.access);
          return;
        }
        if (!reply) return;
        image.printed = reply.printed;
        for (const f of reply.findings) {
          out.push({
            ...f,
            start: image.offset,
            end: image.offset,
            text: '',
            ...(f.image ? { image: { ...f.image, index, src: image.src } } : {}),
          });
        }
      });
      access = [...hosts];
      return out;
    },
    /**
     * At the gate: waits (up to the time bound) for the reads of this draft's images, reporting
     * progress; then the images still unchecked, as one blocking finding the office's policy lets
     * the user override with a reason, or none. `cancel` ends the wait early (the user went back).
     */
    async settle(draft: Draft, onProgress: (p: ImageProgress | null) => void, cancel?: AbortSignal): Promise<Finding[]> {
      const waitMs = options.waitMs ?? 30_000;
      let p = progress(draft);
      if (p.pending.length && !cancel?.aborted) {
        onProgress(p);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, waitMs);
          const onAbort = () => done();
          signal.addEventListener('abort', onAbort, { once: true });
          // The user went back to editing: stop waiting at once (the reads go on and are cached).
          cancel?.addEventListener('abort', onAbort, { once: true });
          const listener = () => {
            p = progress(draft);
            onProgress(p);
            if (!p.pending.length) done();
          };
          listeners.push(listener);
          function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            cancel?.removeEventListener('abort', onAbort);
            listeners = listeners.filter((l) => l !== listener);
            resolve();
          }
        });
        p = progress(draft);
      }
      onProgress(null);
      if (!p.pending.length) return [];
      return [
        note(
          'image-unchecked',
          'block',
          draft.images[p.pending[0] - 1].offset,
          options.uncheckedMessage(p.pending, Math.round(waitMs / 1000)),
        ),
      ];
    },
  };
}
