/** Registers every catalog synchronously (Node, CLI, tests). The browser uses loadCatalog instead. */
import type { Catalog } from "../types";
import { registerCatalog } from "./index";
import { catalog as tt19 } from "./data/tt19-2018";
import { catalog as tt17 } from "./data/tt17-2018";
import { catalog as tt18 } from "./data/tt18-2018";
import { catalog as tt57MamNon } from "./data/tt57-mam-non";
import { catalog as tt57PhoThong } from "./data/tt57-pho-thong";
import { catalog as tt57Gdtx } from "./data/tt57-gdtx";

export const ALL_CATALOGS: Catalog[] = [tt19, tt17, tt18, tt57MamNon, tt57PhoThong, tt57Gdtx];
for (const c of ALL_CATALOGS) registerCatalog(c);
