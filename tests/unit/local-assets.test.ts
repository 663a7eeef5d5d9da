/**
 * Image fields in `sanity dataset import`'s upload form, resolved for the local source
 * (lib/content/local-assets.ts): the file copied under public/imported by its content, an asset
 * document with its size; a missing file, a folder or a file that is no image costs only its image.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveLocalAssets } from '@/lib/content/local-assets';

const ROOT = path.join(__dirname, '..', '..');
const room = path.join(ROOT, 'tests', 'fixtures', 'import', 'wordpress', 'uploads', '2025', '08', 'therapy-room.jpg');

it('copies the file by its content and points the field at an asset document with its size; relative paths are read from the dataset’s folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'assets-'));
  mkdirSync(path.join(dir, 'images'));
  copyFileSync(room, path.join(dir, 'images', 'room.jpg'));
  const publicDir = path.join(dir, 'public');
  const docs = [
    { _id: 'a', _type: 'post', mainImage: { _type: 'image', _sanityAsset: `image@${pathToFileURL(room).href}`, alt: 'Room' } },
    {
      _id: 'b',
      _type: 'post',
      body: [{ _type: 'imageWithAlt', _key: 'i1', _sanityAsset: 'image@file://./images/room.jpg', alt: 'Same room' }],
    },
  ];
  const { documents, assets, problems } = resolveLocalAssets(docs, path.join(dir, 'data.ndjson'), publicDir);
  expect(problems).toEqual([]);
  // One file, one asset, whichever way it was named.
  expect(assets).toHaveLength(1);
  expect(assets[0]).toMatchObject({
    _type: 'sanity.imageAsset',
    url: expect.stringMatching(/^\/imported\/[0-9a-f]{40}-72x48\.jpg$/),
    metadata: { dimensions: { width: 72, height: 48 } },
  });
  expect(documents[0].mainImage).toEqual({ _type: 'image', alt: 'Room', asset: { _type: 'reference', _ref: assets[0]._id } });
  expect((documents[1].body as unknown[])[0]).toEqual({
    _type: 'imageWithAlt',
    _key: 'i1',
    alt: 'Same room',
    asset: { _type: 'reference', _ref: assets[0]._id },
  });
  const copied = path.join(publicDir, assets[0].url);
  expect(existsSync(copied) && readFileSync(copied).equals(readFileSync(room))).toBe(true);
});

it('a missing file, a folder or a file that is no image costs only that image, and is named with where it is', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'assets-'));
  writeFileSync(path.join(dir, 'notes.txt'), 'not a picture');
  const docs = [
    {
      _id: 'p',
      _type: 'post',
      title: 'Kept',
      body: [
        { _type: 'imageWithAlt', _key: 'gone', _sanityAsset: 'image@file://./nowhere.jpg', alt: 'x' },
        { _type: 'imageWithAlt', _key: 'dir', _sanityAsset: `image@${pathToFileURL(dir).href}`, alt: 'x' },
        { _type: 'imageWithAlt', _key: 'txt', _sanityAsset: 'image@file://./notes.txt', alt: 'x' },
        { _type: 'imageWithAlt', _key: 'web', _sanityAsset: 'image@https://example.org/x.jpg', alt: 'x' },
      ],
    },
  ];
  const { documents, assets, problems } = resolveLocalAssets(docs, path.join(dir, 'data.ndjson'), path.join(dir, 'public'));
  expect(assets).toEqual([]);
  expect(documents[0].title).toBe('Kept');
  expect((documents[0].body as Array<Record<string, unknown>>).map((b) => b.asset)).toEqual([undefined, undefined, undefined, undefined]);
  expect(problems.map((p) => [p.path.join('.'), p.message.replace(dir, '<dir>')])).toEqual([
    ['body.gone', 'the image file <dir>/nowhere.jpg does not exist; the image is left out'],
    ['body.dir', '<dir> is not a file; the image is left out'],
    ['body.txt', '<dir>/notes.txt is not an image this site can show (JPEG, PNG, WebP, GIF or AVIF); the image is left out'],
    ['body.web', '"image@https://example.org/x.jpg" is not an image@file:// address; the image is left out'],
  ]);
});
