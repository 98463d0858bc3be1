using Parley.Core.Diagnostics;

namespace Parley.Formats;

/// <summary>The text of one input file and the name diagnostics use for it.</summary>
/// <param name="Name">The file as the user named it (a path or a display name).</param>
/// <param name="Content">The whole text of the file.</param>
public sealed record SourceText(string Name, string Content)
{
    /// <summary>
    /// The largest input file Parley reads (64 MB): larger files are refused before they are read, since
    /// every reader holds the whole text and its parse tree in memory.
    /// </summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Reads the file at <paramref name="path"/>, or adds an error with <paramref name="code"/> (the reading
    /// format's "cannot read" code) to <paramref name="diagnostics"/> and returns null.
    /// </summary>
    public static SourceText? Load(string path, string code, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            long length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                diagnostics.Add(Diagnostic.Error(code, $"The file is {length / (1024.0 * 1024.0):0.0} MB; Parley reads input files of up to {MaxFileBytes / (1024 * 1024)} MB. Split it, or coarsen it (fewer actors, options or rows).", SourceLocation.OfFile(path)));
                return null;
            }

            return new SourceText(path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Add(Diagnostic.Error(code, $"Cannot read the file: {e.Message} Check the path and permissions.", SourceLocation.OfFile(path)));
            return null;
        }
    }

    /// <summary>Reads the file at <paramref name="path"/> and parses its text, or fails with <paramref name="code"/>.</summary>
    public static ParseResult<T> ReadFile<T>(string path, string code, Func<string, string, ParseResult<T>> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        var diagnostics = new List<Diagnostic>();
        return Load(path, code, diagnostics) is { } text ? parse(text.Content, path) : ParseResult<T>.Failure(diagnostics);
    }
}
