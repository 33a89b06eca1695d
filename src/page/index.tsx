/** Standalone page entry: the same pane, without Office, for users whose Office cannot run add-ins. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";

const el = document.getElementById("root");
if (el) createRoot(el).render(<App hostKind="browser" host={null} />);
