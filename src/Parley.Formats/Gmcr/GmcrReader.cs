using System.Collections.Immutable;
using System.Text.Json;
using Parley.Core.Diagnostics;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Formats.Gmcr;

/// <summary>
/// Reads gmcr-py (GMCR+) <c>.gmcr</c> save files, versions 0.3.x and 0.4.x, old and new keys: options with
/// irreversibility, infeasible conditions (plain and compound), prioritized preferences, manual rankings
/// with ties and the coalition partition. Every problem becomes a diagnostic with line and column.
/// </summary>
/// <remarks>
/// Diagnostic codes: GMCR001 malformed JSON; GMCR002 a field is missing or of the wrong type; GMCR003 an
/// option number names no option; GMCR004 the infeasibility conditions leave no feasible state; GMCR005 a
/// manual ranking is not a ranking of the feasible states; GMCR006 an option is controlled by no decision
/// maker or by several; GMCR007 unknown <c>permittedDirection</c>; GMCR008 duplicate decision-maker name;
/// GMCR009 misperceptions ignored (warning); GMCR010 too many options or statements; GMCR011 the coalition
/// list is not a partition; GMCR000 the file cannot be read.
/// </remarks>
public static class GmcrReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static ParseResult<GmcrFile> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new List<Diagnostic>();
        return SourceText.Load(path, "GMCR000", diagnostics) is { } source ? Parse(source.Content, path) : ParseResult<GmcrFile>.Failure(diagnostics);
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="file"/> names it in diagnostics.</summary>
    public static ParseResult<GmcrFile> Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        return new Reader(file).Run(text);
    }

    private sealed class Reader(string file)
    {
        private readonly List<Diagnostic> diagnostics = [];

        public ParseResult<GmcrFile> Run(string text)
        {
            // A count check before the tree is built: a file with a million options is refused at once.
            if (LocatedJson.CountTopLevelItems(text, "options", Conflict.MaxOptions) is { Count: > Conflict.MaxOptions } counted)
            {
                Error("GMCR010", $"The file has more than {Conflict.MaxOptions} options; Parley handles at most {Conflict.MaxOptions} (2^{Conflict.MaxOptions} states). Split the conflict or drop options.", counted.Line, counted.Column, "options");
                return ParseResult<GmcrFile>.Failure(diagnostics);
            }

            LocatedJson root;
            try
            {
                root = LocatedJson.Parse(text);
            }
            catch (JsonException e)
            {
                int line = (int)(e.LineNumber ?? 0) + 1;
                int column = (int)(e.BytePositionInLine ?? 0) + 1;
                Error("GMCR001", $"The file is not valid JSON: {FirstSentence(e.Message)} Fix the syntax at this point (gmcr-py writes plain JSON: no trailing commas, keys in double quotes).", line, column, string.Empty);
                return ParseResult<GmcrFile>.Failure(diagnostics);
            }

            if (!root.IsObject)
            {
                Error("GMCR002", $"The file holds {root.Describe}; a .gmcr file holds one object with 'options', 'decisionMakers' and 'infeasibles'.", root, string.Empty);
                return ParseResult<GmcrFile>.Failure(diagnostics);
            }

            var result = Build(root);
            return result is not null && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
                ? ParseResult<GmcrFile>.Success(result, diagnostics)
                : ParseResult<GmcrFile>.Failure(diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? diagnostics : [.. diagnostics, Diagnostic.Error("GMCR002", "The file could not be read as a conflict.", SourceLocation.OfFile(file))]);
        }

        private GmcrFile? Build(LocatedJson root)
        {
            var optionsNode = Required(root, "options", "options", isArray: true);
            var dmsNode = Required(root, "decisionMakers", "decisionMakers", isArray: true);
            if (optionsNode is null || dmsNode is null)
            {
                return null;
            }

            // Options: id "o<k>" by 1-based position in the file, so ids survive gmcr-py's reordering.
            var options = new List<ConflictOption?>();
            for (int k = 0; k < optionsNode.Items.Count; k++)
            {
                options.Add(ReadOption(optionsNode.Items[k], $"options[{k}]", k));
            }

            if (options.Count > Conflict.MaxOptions)
            {
                Error("GMCR010", $"The file has {options.Count} options; Parley handles at most {Conflict.MaxOptions} (2^{Conflict.MaxOptions} states). Split the conflict or drop options.", optionsNode, "options");
                return null;
            }

            if (dmsNode.Items.Count < 2)
            {
                Error("GMCR002", $"'decisionMakers' lists {dmsNode.Items.Count} decision makers; a conflict needs at least two.", dmsNode, "decisionMakers");
                return null;
            }

            var owner = new int[options.Count];
            Array.Fill(owner, -1);
            var names = new HashSet<string>(StringComparer.Ordinal);
            var dmOptions = new List<List<int>>();
            var dmNames = new List<string>();
            var statements = new List<List<OptionCondition>>();
            var rankingNodes = new List<LocatedJson?>();
            for (int d = 0; d < dmsNode.Items.Count; d++)
            {
                var dm = dmsNode.Items[d];
                string path = $"decisionMakers[{d}]";
                if (!dm.IsObject)
                {
                    Error("GMCR002", $"{path} is {dm.Describe}; each decision maker is an object with 'name', 'options' and 'preferences'.", dm, path);
                    continue;
                }

                string name = RequiredString(dm, "name", path) ?? $"DM{d + 1}";
                if (!names.Add(name))
                {
                    Error("GMCR008", $"Two decision makers are named '{name}'. Give each a distinct name.", dm["name"] ?? dm, path + ".name");
                }

                var controlled = new List<int>();
                if (Required(dm, "options", path + ".options", isArray: true) is { } opts)
                {
                    for (int k = 0; k < opts.Items.Count; k++)
                    {
                        int? o = OptionNumber(opts.Items[k], options.Count, $"{path}.options[{k}]");
                        if (o is not int oi)
                        {
                            continue;
                        }

                        if (owner[oi] >= 0)
                        {
                            Error("GMCR006", $"Option {oi} ('{options[oi]?.Name}') is controlled by two decision makers. Each option belongs to exactly one.", opts.Items[k], $"{path}.options[{k}]");
                        }
                        else
                        {
                            owner[oi] = d;
                            controlled.Add(oi);
                        }
                    }
                }

                var prefs = new List<OptionCondition>();
                if (dm["preferences"] is { } prefNode)
                {
                    if (!prefNode.IsArray)
                    {
                        Error("GMCR002", $"{path}.preferences is {prefNode.Describe}; it must be a list of conditions, most important first.", prefNode, path + ".preferences");
                    }
                    else
                    {
                        for (int k = 0; k < prefNode.Items.Count; k++)
                        {
                            if (ReadCondition(prefNode.Items[k], options.Count, $"{path}.preferences[{k}]") is { } c)
                            {
                                prefs.Add(c);
                            }
                        }

                        if (prefs.Count > 62)
                        {
                            Error("GMCR010", $"{name} has {prefs.Count} preference statements; at most 62 are supported.", prefNode, path + ".preferences");
                        }
                    }
                }

                if (dm["misperceptions"] is { IsArray: true, Items.Count: > 0 } mis)
                {
                    diagnostics.Add(Diagnostic.Warning("GMCR009", $"{name} has misperceptions; Parley analyses the conflict as every decision maker sees it in full and ignores them.", Loc(mis, path + ".misperceptions")));
                }

                dmNames.Add(name);
                dmOptions.Add(controlled);
                statements.Add(prefs);
                rankingNodes.Add(dm["preferenceRanking"] ?? dm["preferenceVector"]);
            }

            for (int o = 0; o < options.Count; o++)
            {
                if (owner[o] < 0 && options[o] is not null)
                {
                    Error("GMCR006", $"Option {o} ('{options[o]!.Name}') is controlled by no decision maker. Add its number to one decision maker's 'options'.", optionsNode.Items[o], $"options[{o}]");
                }
            }

            var infeasibles = new List<(Infeasibility Infeasibility, LocatedJson Node)>();
            var infNode = root["infeasibles"];
            if (infNode is not null && !infNode.IsArray)
            {
                Error("GMCR002", $"'infeasibles' is {infNode.Describe}; it must be a list of conditions.", infNode, "infeasibles");
            }
            else if (infNode is not null)
            {
                for (int k = 0; k < infNode.Items.Count; k++)
                {
                    if (ReadCondition(infNode.Items[k], options.Count, $"infeasibles[{k}]") is { } c)
                    {
                        infeasibles.Add((new Infeasibility(c), infNode.Items[k]));
                    }
                }
            }

            bool manual = Bool(root, "useManualPreferenceRanking") ?? Bool(root, "useManualPreferenceVectors") ?? false;
            var partition = ReadPartition(root["coalitions"], dmsNode.Items.Count);
            if (HasErrors)
            {
                return null;
            }

            ImmutableArray<DecisionMaker> Makers(Func<int, PreferenceModel> prefs) =>
                [.. Enumerable.Range(0, dmNames.Count).Select(d => new DecisionMaker(dmNames[d], dmNames[d], [.. dmOptions[d].Select(o => options[o]!)], prefs(d)))];

            PreferenceModel Prioritized(int d) => new OptionPrioritization([.. statements[d].Select(c => new PreferenceStatement(c))]);

            var coalitions = partition?.Where(b => b.Length > 1)
                .Select(b => new Coalition(string.Join("+", b.Select(d => dmNames[d])), [.. b.Select(d => dmNames[d])]))
                .ToImmutableArray() ?? [];
            var makers = Makers(Prioritized);
            ImmutableArray<Infeasibility> conditions = [.. infeasibles.Select(i => i.Infeasibility)];
            if (Conflict.FindProblem(makers, conditions, null, coalitions) is { } broken)
            {
                Error("GMCR002", $"The conflict cannot be built: {broken}", root, string.Empty);
                return null;
            }

            var conflict = new Conflict(makers, conditions, null, coalitions);
            var model = GraphModel.TryFromConflict(conflict, out var problem);
            if (model is null)
            {
                if (problem!.Kind == GraphModelProblemKind.NoFeasibleState)
                {
                    Error("GMCR004", "The infeasibility conditions together rule out every state, so there is nothing to analyse. Remove or loosen a condition (for example an 'at least one' and an 'at most zero' on the same options).", infNode ?? root, "infeasibles");
                }
                else
                {
                    Error("GMCR002", $"The conflict cannot be built: {problem.Message}", root, string.Empty);
                }

                return null;
            }

            if (manual)
            {
                var rankings = new PreferenceModel[dmNames.Count];
                for (int d = 0; d < dmNames.Count; d++)
                {
                    rankings[d] = ReadRanking(rankingNodes[d], model.StateCount, dmNames[d], $"decisionMakers[{d}]", dmsNode.Items[d]) ?? Prioritized(d);
                }

                if (HasErrors)
                {
                    return null;
                }

                conflict = conflict with { DecisionMakers = Makers(d => rankings[d]) };
            }

            return new GmcrFile(conflict, partition, root["version"]?.Text);
        }

        private bool HasErrors => diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

        private ConflictOption? ReadOption(LocatedJson node, string path, int k)
        {
            if (!node.IsObject)
            {
                Error("GMCR002", $"{path} is {node.Describe}; each option is an object with 'name' and 'permittedDirection'.", node, path);
                return null;
            }

            string name = RequiredString(node, "name", path) ?? $"option {k + 1}";
            var direction = node["permittedDirection"];
            var reversibility = OptionReversibility.Both;
            if (direction is not null)
            {
                switch (direction.Text)
                {
                    case "both" when direction.IsString:
                        break;
                    case "fwd" when direction.IsString:
                        reversibility = OptionReversibility.ForwardOnly;
                        break;
                    case "back" when direction.IsString:
                        reversibility = OptionReversibility.BackwardOnly;
                        break;
                    default:
                        Error("GMCR007", $"{path}.permittedDirection is {direction.Describe}; use \"both\", \"fwd\" (may only be taken) or \"back\" (may only be dropped).", direction, path + ".permittedDirection");
                        break;
                }
            }

            return new ConflictOption($"o{k + 1}", name, reversibility);
        }

        private OptionCondition? ReadCondition(LocatedJson node, int optionCount, string path)
        {
            if (node.IsObject)
            {
                var members = node["members"];
                if (members is not { IsArray: true } || members.Items.Count == 0)
                {
                    Error("GMCR002", $"{path} is a compound condition without a non-empty 'members' list; write {{\"compound\": true, \"members\": [condition, ...]}}.", members ?? node, path + ".members");
                    return null;
                }

                var parts = new List<OptionCondition>();
                for (int k = 0; k < members.Items.Count; k++)
                {
                    if (ReadCondition(members.Items[k], optionCount, $"{path}.members[{k}]") is { } c)
                    {
                        parts.Add(c);
                    }
                }

                return parts.Count == members.Items.Count ? OptionCondition.Or(parts) : null;
            }

            if (!node.IsArray || node.Items.Count == 0)
            {
                Error("GMCR002", $"{path} is {node.Describe}; a condition is a non-empty list of [option number, \"Y\" or \"N\"] pairs, or a compound object.", node, path);
                return null;
            }

            var literals = new List<OptionCondition>();
            for (int k = 0; k < node.Items.Count; k++)
            {
                var pair = node.Items[k];
                string p = $"{path}[{k}]";
                if (!pair.IsArray || pair.Items.Count != 2 || !pair.Items[1].IsString || pair.Items[1].Text is not ("Y" or "N"))
                {
                    Error("GMCR002", $"{p} is not a pair [option number, \"Y\" or \"N\"].", pair, p);
                    continue;
                }

                if (OptionNumber(pair.Items[0], optionCount, p + "[0]") is int o)
                {
                    literals.Add(OptionCondition.Option($"o{o + 1}", pair.Items[1].Text == "Y"));
                }
            }

            return literals.Count == node.Items.Count ? OptionCondition.And(literals) : null;
        }

        private int? OptionNumber(LocatedJson node, int optionCount, string path)
        {
            if (!node.IsInteger)
            {
                Error("GMCR002", $"{path} is {node.Describe}; an option is named by its 0-based number.", node, path);
                return null;
            }

            int o = (int)node.Number;
            if (o < 0 || o >= optionCount)
            {
                Error("GMCR003", $"{path} names option {o}, but the file has {optionCount} options (numbered 0 to {optionCount - 1}). Use an existing option number.", node, path);
                return null;
            }

            return o;
        }

        private StateRanking? ReadRanking(LocatedJson? node, int n, string who, string path, LocatedJson owner)
        {
            string rpath = path + ".preferenceRanking";
            if (node is null)
            {
                Error("GMCR005", $"Manual ranking is switched on, but {who} has no 'preferenceRanking'. Add one listing all {n} feasible states, best first.", owner, rpath);
                return null;
            }

            if (!node.IsArray)
            {
                Error("GMCR005", $"The ranking of {who} is {node.Describe}; it must be a list of state numbers, best first, with tied states in sub-lists.", node, rpath);
                return null;
            }

            var seen = new bool[n + 1];
            var tiers = ImmutableArray.CreateBuilder<ImmutableArray<int>>();
            bool ok = true;
            for (int k = 0; k < node.Items.Count; k++)
            {
                var item = node.Items[k];
                var members = item.IsArray ? item.Items : [item];
                var tier = ImmutableArray.CreateBuilder<int>();
                foreach (var m in members)
                {
                    if (!m.IsInteger || m.Number < 1 || m.Number > n)
                    {
                        Error("GMCR005", $"The ranking of {who} lists {m.Describe}; state numbers run from 1 to {n} (the feasible states in gmcr-py order).", m, $"{rpath}[{k}]");
                        ok = false;
                        continue;
                    }

                    int s = (int)m.Number;
                    if (seen[s])
                    {
                        Error("GMCR005", $"The ranking of {who} lists state {s} twice. List every feasible state exactly once.", m, $"{rpath}[{k}]");
                        ok = false;
                        continue;
                    }

                    seen[s] = true;
                    tier.Add(s);
                }

                if (tier.Count > 0)
                {
                    tiers.Add(tier.ToImmutable());
                }
            }

            var missing = Enumerable.Range(1, n).Where(s => !seen[s]).ToList();
            if (missing.Count > 0 && ok)
            {
                Error("GMCR005", $"The ranking of {who} leaves out state(s) {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", …" : string.Empty)}. List every one of the {n} feasible states exactly once.", node, rpath);
                return null;
            }

            return ok ? new StateRanking(tiers.ToImmutable()) : null;
        }

        private ImmutableArray<ImmutableArray<int>>? ReadPartition(LocatedJson? node, int dms)
        {
            if (node is null)
            {
                return null;
            }

            if (!node.IsArray)
            {
                Error("GMCR011", $"'coalitions' is {node.Describe}; it must be a list of decision-maker numbers or lists of them, such as [[0,1],2].", node, "coalitions");
                return null;
            }

            var seen = new bool[dms];
            var blocks = ImmutableArray.CreateBuilder<ImmutableArray<int>>();
            for (int k = 0; k < node.Items.Count; k++)
            {
                var item = node.Items[k];
                var members = item.IsArray ? item.Items : [item];
                var block = ImmutableArray.CreateBuilder<int>();
                foreach (var m in members)
                {
                    if (!m.IsInteger || m.Number < 0 || m.Number >= dms || seen[(int)m.Number])
                    {
                        Error("GMCR011", $"coalitions[{k}] lists {m.Describe}; each decision maker number (0 to {dms - 1}) must appear in exactly one block.", m, $"coalitions[{k}]");
                        continue;
                    }

                    seen[(int)m.Number] = true;
                    block.Add((int)m.Number);
                }

                if (block.Count > 0)
                {
                    blocks.Add(block.ToImmutable());
                }
            }

            return blocks.Any(b => b.Length > 1) ? blocks.ToImmutable() : null;
        }

        private LocatedJson? Required(LocatedJson parent, string key, string path, bool isArray)
        {
            var node = parent[key];
            if (node is null)
            {
                Error("GMCR002", $"'{path}' is missing. A .gmcr file needs it; add it as a list.", parent, path);
                return null;
            }

            if (isArray && !node.IsArray)
            {
                Error("GMCR002", $"'{path}' is {node.Describe}; it must be a list.", node, path);
                return null;
            }

            return node;
        }

        private string? RequiredString(LocatedJson parent, string key, string path)
        {
            var node = parent[key];
            if (node is { IsString: true })
            {
                return node.Text;
            }

            Error("GMCR002", node is null ? $"{path} has no '{key}'. Add it as text." : $"{path}.{key} is {node.Describe}; it must be text.", node ?? parent, $"{path}.{key}");
            return null;
        }

        private bool? Bool(LocatedJson parent, string key)
        {
            var node = parent[key];
            if (node is null)
            {
                return null;
            }

            if (!node.IsBool)
            {
                Error("GMCR002", $"'{key}' is {node.Describe}; it must be true or false.", node, key);
                return null;
            }

            return node.Kind == JsonTokenType.True;
        }

        private SourceLocation Loc(LocatedJson node, string path) => new(file, node.Line, node.Column, path);

        private void Error(string code, string message, LocatedJson node, string path) =>
            diagnostics.Add(Diagnostic.Error(code, message, Loc(node, path)));

        private void Error(string code, string message, int line, int column, string path) =>
            diagnostics.Add(Diagnostic.Error(code, message, new SourceLocation(file, line, column, path)));

        private static string FirstSentence(string message)
        {
            int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            string first = (cut > 0 ? message[..cut] : message).Trim();
            return first.EndsWith('.') ? first : first + ".";
        }
    }
}
