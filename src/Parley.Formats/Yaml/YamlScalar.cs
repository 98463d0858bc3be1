namespace Parley.Formats.Yaml;

/// <summary>A scalar: text as written, and whether it was quoted (a quoted <c>"1"</c> is text, not a number).</summary>
internal sealed record YamlScalar(int Line, int Column, string Value, bool Quoted) : YamlNode(Line, Column)
{
    /// <summary>True for a plain <c>~</c>, <c>null</c> or empty scalar.</summary>
    public bool IsNull => !Quoted && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    /// <inheritdoc />
    public override string KindName => IsNull ? "nothing (null)" : $"the value '{Value}'";
}
