/** Standalone page entry: the same pane without Office, plus opening, correcting and saving files. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { FilePanel } from "./FilePanel";

const el = document.getElementById("root");
if (el) createRoot(el).render(<App hostKind="browser" host={null} extra={(lang) => <FilePanel lang={lang} />} />);
