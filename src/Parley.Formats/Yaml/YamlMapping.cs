namespace Parley.Formats.Yaml;

/// <summary>A YAML mapping, keys in the order written. Duplicate keys are reported by the loader and the first kept.</summary>
internal sealed record YamlMapping(int Line, int Column, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries) : YamlNode(Line, Column)
{
    /// <inheritdoc />
    public override string KindName => "a mapping (key: value pairs)";

    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    public YamlNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The key scalar <paramref name="key"/>, or null (its position is where a diagnostic about the key points).</summary>
    public YamlScalar? KeyNode(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry.Key;
            }
        }

        return null;
    }
}
