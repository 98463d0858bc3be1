namespace Parley.Formats.Yaml;

/// <summary>A YAML sequence (list).</summary>
internal sealed record YamlSequence(int Line, int Column, IReadOnlyList<YamlNode> Items) : YamlNode(Line, Column)
{
    /// <inheritdoc />
    public override string KindName => "a list";
}
