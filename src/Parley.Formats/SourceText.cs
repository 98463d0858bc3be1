namespace Parley.Formats;

/// <summary>The text of one input file and the name diagnostics use for it.</summary>
/// <param name="Name">The file as the user named it (a path or a display name).</param>
/// <param name="Content">The whole text of the file.</param>
public sealed record SourceText(string Name, string Content);
