namespace Parley.Reports;

/// <summary>The report's inline style sheet (no external files, so the report opens offline).</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { --ink: #1d3557; --muted: #5c677d; --open: #2a9d8f; --closed: #e76f51; --line: #d9dee7; --assume: #8a5a00; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); margin: 0; background: #f6f7f9; line-height: 1.45; }
        header { background: #1d3557; color: #fff; padding: 28px 40px 22px; }
        header h1 { margin: 0 0 6px; font-size: 28px; }
        header p { margin: 4px 0; max-width: 980px; color: #dfe6f0; }
        nav { background: #fff; border-bottom: 1px solid var(--line); padding: 8px 40px; position: sticky; top: 0; z-index: 1; }
        nav a { margin-right: 18px; color: var(--ink); text-decoration: none; font-weight: 600; font-size: 14px; }
        main { padding: 10px 40px 40px; max-width: 1280px; }
        section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 18px 24px; margin: 18px 0; }
        h2 { margin-top: 0; font-size: 22px; }
        h3 { font-size: 18px; margin-bottom: 6px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 14px; }
        th, td { border-bottom: 1px solid var(--line); text-align: left; padding: 6px 8px; vertical-align: top; }
        th { background: #eef1f6; }
        .badge { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 13px; font-weight: 600; color: #fff; white-space: nowrap; }
        .yes { background: var(--open); } .no { background: var(--closed); } .unknown { background: #8d99ae; }
        .assumption { display: inline-block; border: 1px solid var(--assume); color: var(--assume); border-radius: 4px; padding: 0 5px; font-size: 12px; margin-left: 4px; }
        .skipped { color: var(--muted); font-style: italic; }
        .charts { display: flex; flex-wrap: wrap; gap: 14px; }
        figure.chart { display: table; margin: 8px 0; padding: 6px; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
        figure.chart svg { display: block; max-width: 100%; height: auto; }
        figcaption { display: table-caption; caption-side: bottom; font-size: 13px; color: var(--muted); padding: 4px 8px 6px; background: #fff; }
        .note { color: var(--muted); font-size: 14px; }
        ul.tight li { margin: 3px 0; }
        code { background: #eef1f6; padding: 0 4px; border-radius: 3px; }
        details summary { cursor: pointer; font-weight: 600; margin: 6px 0; }
        """;
}
