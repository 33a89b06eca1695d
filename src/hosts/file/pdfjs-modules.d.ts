// pdfjs-dist's minified ES-module builds carry no types of their own; src/hosts/file/pdf-lib.ts types what it uses.
declare module "pdfjs-dist/legacy/build/pdf.mjs";
declare module "pdfjs-dist/legacy/build/pdf.worker.min.mjs";
