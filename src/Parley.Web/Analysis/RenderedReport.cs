namespace Parley.Web.Analysis;

/// <summary>A saved version's report, rendered: HTML, or <c>result.json</c>.</summary>
/// <param name="Content">The document.</param>
/// <param name="ContentType">Its media type, with the charset for HTML.</param>
/// <param name="FileName">The name the UI's download saves it under: <c>{scenario}-v{version}-report.html</c> or <c>-result.json</c>.</param>
public sealed record RenderedReport(string Content, string ContentType, string FileName);
