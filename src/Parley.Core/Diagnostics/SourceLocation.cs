namespace Parley.Core.Diagnostics;

/// <summary>
/// Where in a user's file a diagnostic points: file, 1-based line and column, and the path of keys
/// (for YAML, such as <c>positions[0].issues[2].weight</c>) when the format has one.
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when the problem concerns the whole file or line.</param>
/// <param name="Path">The key path inside the document, or empty.</param>
public readonly record struct SourceLocation(string File, int Line, int Column, string Path)
{
    /// <summary>A location that names only the file.</summary>
    public static SourceLocation OfFile(string file) => new(file, 0, 0, string.Empty);

    /// <inheritdoc />
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
