#!/usr/bin/env python3
"""
Shrinks the ReportKit library's public surface to what a library user needs (README: Using
ReportKit from C#): every top-level type under src/ReportKit becomes internal, except the
one-call API and the plan model it takes (PUBLIC_FILES, PUBLIC_TYPES). reportgen, the tests and
the benchmarks see the rest through InternalsVisibleTo (src/ReportKit/ReportKit.csproj).

Run it from the repository root; it is idempotent. A type added as public later is made
internal by running it again, and after a rebase that conflicts on these lines, take the other
side's version of the file and re-run this script rather than merging by hand:

    python3 tools/visibility.py            # rewrite
    python3 tools/visibility.py --check    # exit 1 and list the files it would change
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src" / "ReportKit"

# Public: what a program that renders plans uses and sees.
PUBLIC_FILES = {"PlanRendering.cs", "PlanOutput.cs"}
PUBLIC_FOLDERS = {"Model"}  # the plan and its parts, built in code or read back
PUBLIC_TYPES = {"Diagnostic", "Severity", "ReportKitException"}  # what a render reports
INTERNAL_TYPES = {"PlanAnnexes", "CellAligns", "TargetWorkbookLayout"}  # helpers in Model/ the pipeline uses

# A top-level type declaration (file-scoped namespaces: it starts at column 0).
DECLARATION = re.compile(
    r"^public (?P<mods>(?:(?:sealed|static|abstract|partial|readonly|ref|unsafe|file) )*)"
    r"(?P<kind>class|record struct|record class|record|enum|interface|struct|delegate [\w<>\[\]?,. ]+?)"
    r" (?P<name>\w+)",
    re.M,
)


def is_public(path: pathlib.Path, name: str) -> bool:
    rel = path.relative_to(ROOT)
    if name in INTERNAL_TYPES:
        return False
    return rel.name in PUBLIC_FILES and len(rel.parts) == 1 or rel.parts[0] in PUBLIC_FOLDERS or name in PUBLIC_TYPES


def sweep(check: bool) -> int:
    changed = []
    for path in sorted(ROOT.rglob("*.cs")):
        if "obj" in path.relative_to(ROOT).parts or "bin" in path.relative_to(ROOT).parts:
            continue
        with open(path, encoding="utf-8", newline="") as f:  # line ends kept as they are
            text = f.read()
        new = DECLARATION.sub(lambda m: m.group(0) if is_public(path, m.group("name")) else "internal" + m.group(0)[len("public"):], text)
        if new != text:
            changed.append(path)
            if not check:
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(new)
    for p in changed:
        print(("would make internal: " if check else "made internal: ") + str(p.relative_to(ROOT.parent.parent)))
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(sweep("--check" in sys.argv[1:]))
