using System.Collections.Immutable;
using Parley.Core.Diagnostics;
using Parley.Core.Model;
using Parley.Formats.Writing;
using Parley.Web.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace Parley.Web.Forms;

/// <summary>
/// What saving a form's edits would store: the edited scenario written as YAML, the reader's diagnostics on it,
/// and what of the YAML it replaces would be lost — comments, and keys the model does not hold (such as a
/// source's <c>grade</c> and <c>note</c>) — so the form can say so before it saves.
/// </summary>
/// <param name="Yaml">The YAML to store.</param>
/// <param name="Diagnostics">The reader's diagnostics on <paramref name="Yaml"/> (errors block the save).</param>
/// <param name="Losses">One sentence per thing of the current YAML the new one does not keep.</param>
public sealed record FormSave(string Yaml, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Losses)
{
    /// <summary>Whether the YAML reads without errors.</summary>
    public bool CanSave => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Writes <paramref name="edited"/> (weights normalised) and lists what <paramref name="currentYaml"/> holds that it would lose.</summary>
    public static FormSave Prepare(string currentYaml, Scenario edited)
    {
        ArgumentNullException.ThrowIfNull(currentYaml);
        ArgumentNullException.ThrowIfNull(edited);
        var written = ScenarioYamlWriter.Write(FormEdits.NormaliseWeights(edited));
        var losses = new List<string>(written.Losses);
        int comments = Comments(currentYaml);
        if (comments > 0)
        {
            losses.Add(comments == 1
                ? "The YAML's comment is not kept: the form writes the scenario anew. Copy it into a description or note first, or edit in the YAML editor."
                : $"The YAML's {comments} comments are not kept: the form writes the scenario anew. Copy them into descriptions or notes first, or edit in the YAML editor.");
        }

        // What the model cannot hold is what the writer drops from the current YAML unedited: entries of an issue,
        // option or actor the form removed went on purpose (the form's notes said so) and are not losses.
        var kept = Paths(ScenarioYaml.Read(currentYaml).Value is { } current ? ScenarioYamlWriter.Write(current).Yaml : written.Yaml);
        var dropped = Paths(currentYaml).Where(p => !Kept(p, kept)).ToList();
        if (dropped.Count > 0)
        {
            losses.Add($"These entries have no place in the scenario model and are not kept: {string.Join(", ", dropped.Take(12))}{(dropped.Count > 12 ? $" and {dropped.Count - 12} more" : string.Empty)}.");
        }

        return new FormSave(written.Yaml, ScenarioYaml.Read(written.Yaml).Diagnostics, [.. losses]);
    }

    // A key written in a shorter form (`weight: 0.5` → `weight: {value: 0.5}`, `options: [a]` → `- id: a`,
    // `accept: all` → a list) is kept: only paths that vanish, with nothing under them, are lost.
    private static bool Kept(string path, HashSet<string> kept) =>
        kept.Contains(path) || kept.Any(k => k.StartsWith(path + ".", StringComparison.Ordinal) || k.StartsWith(path + "[", StringComparison.Ordinal));

    private static int Comments(string yaml)
    {
        int count = 0;
        try
        {
            var scanner = new Scanner(new StringReader(yaml), skipComments: false);
            while (scanner.MoveNext())
            {
                count += scanner.Current is Comment ? 1 : 0;
            }
        }
        catch (YamlException)
        {
            // The current YAML always read (it was saved); a scanner that stops counts what it saw.
        }

        return count;
    }

    private static HashSet<string> Paths(string yaml)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0)
            {
                Walk(stream.Documents[0].RootNode, string.Empty, paths);
            }
        }
        catch (YamlException)
        {
            // Only saved (readable) YAML and the writer's own output come here.
        }

        return paths;
    }

    private static void Walk(YamlNode node, string path, HashSet<string> paths)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    Walk(value, path.Length == 0 ? ((YamlScalarNode)key).Value ?? string.Empty : $"{path}.{(key as YamlScalarNode)?.Value}", paths);
                }

                break;
            case YamlSequenceNode seq:
                for (int i = 0; i < seq.Children.Count; i++)
                {
                    Walk(seq.Children[i], $"{path}[{i}]", paths);
                }

                break;
            default:
                paths.Add(path);
                break;
        }
    }
}
