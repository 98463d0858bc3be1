namespace Parley.Formats.Yaml;

/// <summary>
/// A node of a YAML document as Parley reads it: the position where it starts, so every diagnostic can
/// point at the user's text. Built by <see cref="YamlDocumentLoader"/>.
/// </summary>
/// <param name="Line">1-based line of the node's first character.</param>
/// <param name="Column">1-based column of the node's first character.</param>
internal abstract record YamlNode(int Line, int Column)
{
    /// <summary>A word for the node's kind, for messages ("a list", "a mapping", "a text").</summary>
    public abstract string KindName { get; }
}
