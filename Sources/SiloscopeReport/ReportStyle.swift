/// The report's one stylesheet: large, high-contrast type for a projector, a
/// colour-blind-safe palette (Okabe–Ito), and print rules for A4 landscape.
enum ReportStyle {
    /// Okabe–Ito colours, safe for the common colour-vision deficiencies.
    enum Palette {
        static let blue = "#0072b2"
        static let orange = "#e69f00"
        static let skyBlue = "#56b4e9"
        static let green = "#009e73"
        static let vermillion = "#d55e00"
        static let purple = "#cc79a7"
        static let yellow = "#f0e442"
        static let ink = "#111111"
        static let muted = "#4a4a4a"
        static let grid = "#d0d0d0"
        static let panel = "#f2f4f7"
    }

    /// The stylesheet.
    static let css = """
        :root { --ink: #111; --muted: #4a4a4a; --line: #c4c4c4; --panel: #f2f4f7; --accent: #0072b2;
          --good: #009e73; --bad: #d55e00; --warn: #e69f00; }
        * { box-sizing: border-box; }
        html { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 20px;
          line-height: 1.45; color: var(--ink); background: #fff; }
        body { margin: 0; }
        .wrap { max-width: 1560px; margin: 0 auto; padding: 0 36px; }
        h1 { font-size: 2.3rem; line-height: 1.15; margin: 0 0 .3em; }
        h2 { font-size: 1.7rem; margin: 2.2em 0 .6em; padding-bottom: .2em; border-bottom: 4px solid var(--accent); }
        h3 { font-size: 1.25rem; margin: 1.6em 0 .4em; }
        p, li { max-width: 75em; }
        code { font-family: "DejaVu Sans Mono", monospace; font-size: .85em; background: var(--panel); padding: 0 .2em; }
        .cover { padding: 40px 0 24px; border-bottom: 6px solid var(--accent); margin-bottom: 12px; }
        .cover .kicker { font-size: 1.1rem; font-weight: 700; color: var(--accent); letter-spacing: .02em; }
        .cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1.2em; margin: 1em 0 0; }
        .cover dt { font-weight: 700; color: var(--muted); }
        .cover dd { margin: 0; }
        nav.toc { margin: 1em 0 2em; }
        nav.toc ol { columns: 3; padding-left: 1.4em; margin: 0; }
        nav.toc a { color: var(--accent); }
        .lead { font-size: 1.15rem; }
        .muted, figcaption, .note { color: var(--muted); }
        figcaption, .note { font-size: .85rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 18px; margin: 1em 0; }
        .card { background: var(--panel); border-left: 8px solid var(--accent); padding: 14px 20px; }
        .card h3 { margin: 0 0 .3em; font-size: 1.05rem; color: var(--muted); }
        .card .big { font-size: 2.4rem; font-weight: 700; line-height: 1.1; }
        .card p { margin: .3em 0; }
        .badge { display: inline-block; padding: .05em .7em; border-radius: 1em; border: 3px solid currentColor;
          font-weight: 700; font-size: .9rem; white-space: nowrap; }
        .status-recommended { color: #006d4f; }
        .status-provisional { color: #8a5a00; }
        .status-close, .status-none { color: #8a3a00; }
        table { border-collapse: collapse; width: 100%; margin: .6em 0 1.4em; font-size: .9rem; }
        th, td { text-align: left; padding: .35em .6em; border-bottom: 1px solid var(--line); vertical-align: top; }
        thead th { background: var(--panel); border-bottom: 2px solid var(--muted); }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.highlight td { background: #fff4d6; font-weight: 700; }
        .better { color: #006d4f; font-weight: 700; }
        .worse { color: #b34700; font-weight: 700; }
        .flat { color: var(--muted); }
        figure { margin: 1em 0 1.6em; }
        .chart svg { display: block; width: 100%; max-width: 1200px; height: auto; }
        .diagram { overflow: auto; border: 1px solid var(--line); background: #fff; }
        .diagram svg { display: block; width: 100%; height: auto; }
        .zoom { margin-right: .4em; }
        .zoom + label { font-size: .85rem; color: var(--muted); }
        .zoom:checked ~ .diagram svg { width: var(--natural-width); max-width: none; }
        .legend { display: flex; flex-wrap: wrap; gap: .3em 1.6em; font-size: .85rem; margin: .4em 0; padding: 0; list-style: none; }
        .swatch { display: inline-block; width: 2.2em; height: .55em; vertical-align: middle; margin-right: .4em; border-radius: 2px; }
        .swatch.box { height: 1em; width: 1.6em; border: 2px solid #9a5b00; background: #ffd166; }
        .two { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }
        .scenario { border-top: 2px solid var(--line); margin-top: 2em; }
        ul.changes li { margin: .2em 0; }
        dl.terms dt { font-weight: 700; margin-top: .7em; }
        dl.terms dd { margin: .1em 0 0 1.2em; }
        @media (max-width: 1100px) { .two { grid-template-columns: 1fr; } nav.toc ol { columns: 2; } }
        @media print {
          @page { size: A4 landscape; margin: 12mm; }
          html { font-size: 10pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .wrap { max-width: none; padding: 0; }
          nav.toc, .zoom, .zoom + label { display: none; }
          section.major { break-before: page; }
          h2 { margin-top: 0; }
          h2, h3 { break-after: avoid; }
          figure, .card, tr, .cards { break-inside: avoid; }
          .diagram { border: none; overflow: visible; }
          .diagram svg, .zoom:checked ~ .diagram svg { width: 100%; max-width: 100%; max-height: 165mm; }
          .chart svg { max-height: 160mm; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
