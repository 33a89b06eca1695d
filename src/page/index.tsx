/** Standalone page entry: opening, checking, correcting and saving plan files without Office. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { PageApp } from "./PageApp";

const el = document.getElementById("root");
if (el) createRoot(el).render(<PageApp />);
