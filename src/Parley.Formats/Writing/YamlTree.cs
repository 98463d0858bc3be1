using System.Text;

namespace Parley.Formats.Writing;

/// <summary>
/// A YAML document being written: scalars already rendered (<see cref="YamlText"/>), mappings keep their key
/// order, and empty collections are written in flow style. Rendered in block style, two spaces per level.
/// </summary>
internal abstract record YamlTree
{
    /// <summary>The rendered document.</summary>
    public static string Render(YamlTree root)
    {
        var text = new StringBuilder();
        if (root is Map map)
        {
            map.WriteBlock(text, 0);
        }
        else
        {
            text.Append(root.Inline()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The node in flow (one-line) form, or null when it needs a block.</summary>
    protected abstract string? Inline();

    /// <summary>A scalar, already rendered.</summary>
    internal sealed record Scalar(string Text) : YamlTree
    {
        protected override string Inline() => Text;
    }

    /// <summary>A mapping; entries whose value is null are left out.</summary>
    internal sealed record Map : YamlTree
    {
        private readonly List<(string Key, YamlTree Value)> entries = [];

        /// <summary>Whether nothing was added.</summary>
        public bool IsEmpty => entries.Count == 0;

        /// <summary>Adds an entry (nothing when <paramref name="value"/> is null).</summary>
        public Map Add(string key, YamlTree? value)
        {
            if (value is not null)
            {
                entries.Add((key, value));
            }

            return this;
        }

        /// <summary>Adds a rendered scalar (nothing when null).</summary>
        public Map Add(string key, string? rendered) => rendered is null ? this : Add(key, new Scalar(rendered));

        protected override string? Inline() => entries.Count == 0 ? "{}" : null;

        internal void WriteBlock(StringBuilder text, int indent)
        {
            bool first = true;
            foreach (var (key, value) in entries)
            {
                if (!first)
                {
                    text.Append(' ', indent);
                }

                first = false;
                text.Append(YamlText.Text(key)).Append(':');
                WriteValue(text, value, indent);
            }
        }

        // The first entry of a mapping inside a list item follows "- " directly, so its caller has written the indent.
        internal void WriteItem(StringBuilder text, int indent) => WriteBlock(text, indent);
    }

    /// <summary>A sequence.</summary>
    internal sealed record Seq(List<YamlTree> Items) : YamlTree
    {
        protected override string? Inline() => Items.Count == 0 ? "[]" : null;

        internal void WriteBlock(StringBuilder text, int indent)
        {
            foreach (var item in Items)
            {
                text.Append(' ', indent).Append("- ");
                switch (item)
                {
                    case Map { IsEmpty: false } map:
                        map.WriteItem(text, indent + 2);
                        break;
                    case Seq { Items.Count: > 0 } seq:
                        text.Append('\n');
                        seq.WriteBlock(text, indent + 2);
                        break;
                    default:
                        text.Append(item.Inline()).Append('\n');
                        break;
                }
            }
        }
    }

    private static void WriteValue(StringBuilder text, YamlTree value, int indent)
    {
        switch (value)
        {
            case Map { IsEmpty: false } map:
                text.Append('\n').Append(' ', indent + 2);
                map.WriteBlock(text, indent + 2);
                break;
            case Seq { Items.Count: > 0 } seq:
                text.Append('\n');
                seq.WriteBlock(text, indent + 2);
                break;
            default:
                text.Append(' ').Append(value.Inline()).Append('\n');
                break;
        }
    }
}
