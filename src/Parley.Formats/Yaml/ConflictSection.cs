using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;
using Parley.Core.Model;
using Parley.Core.Stability;
using Parley.Formats.Text;

namespace Parley.Formats.Yaml;

/// <summary>
/// Reads the top-level <c>conflict</c> mapping: the graph model for the stability lens (decision makers
/// with options and preferences, infeasibility conditions, status quo, coalitions). See
/// <c>docs/scenario-format.md#conflict</c>.
/// </summary>
internal static class ConflictSection
{
    public static Conflict? Read(YamlReadContext ctx, YamlMapping root, KnownIds known)
    {
        const string path = "conflict";
        var map = ctx.Mapping(root["conflict"], path, "the conflict", ScenarioKeys.Conflict);
        if (map is null)
        {
            return null;
        }

        int errorsBefore = ctx.Diagnostics.Count(d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Error);
        var dmNodes = ctx.List(map, "decision-makers", path, "decision makers");
        if (map["decision-makers"] is null || dmNodes.Count < 2)
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, "The conflict needs 'decision-makers': at least two, each an actor with the options it controls and its preferences.", map["decision-makers"] ?? map, YamlReadContext.Join(path, "decision-makers"));
        }

        // Options first: statements of any decision maker may name any option.
        var optionIds = new HashSet<string>(StringComparer.Ordinal);
        var seenOptions = new HashSet<string>(StringComparer.Ordinal);
        var seenActors = new HashSet<string>(StringComparer.Ordinal);
        var options = new List<ImmutableArray<ConflictOption>>();
        var dmMaps = new List<(YamlMapping Map, string Path, string? Actor)>();
        for (int i = 0; i < dmNodes.Count; i++)
        {
            string dmPath = $"{path}.decision-makers[{i}]";
            var dm = ctx.Mapping(dmNodes[i], dmPath, "a decision maker", ScenarioKeys.DecisionMaker);
            if (dm is null)
            {
                continue;
            }

            var actor = ctx.RequiredText(dm, "actor", dmPath, "a decision maker");
            if (actor is not null && ctx.CheckReference(actor, dm["actor"]!, YamlReadContext.Join(dmPath, "actor"), "actor", known.Actors, "A decision maker is one of the scenario's actors; add it under 'actors' or correct the id.")
                && !seenActors.Add(actor))
            {
                ctx.Error(ScenarioDiagnosticCodes.DuplicateId, $"Actor '{actor}' appears twice among the decision makers. List each once, with all its options.", dm["actor"]!, YamlReadContext.Join(dmPath, "actor"));
            }

            var list = ImmutableArray.CreateBuilder<ConflictOption>();
            var optionNodes = ctx.List(dm, "options", dmPath, "options");
            if (optionNodes.Count == 0)
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, "A decision maker needs 'options': the yes/no choices it controls (at least one).", dm["options"] ?? dm, YamlReadContext.Join(dmPath, "options"));
            }

            for (int k = 0; k < optionNodes.Count; k++)
            {
                string optPath = $"{dmPath}.options[{k}]";
                var o = ctx.Mapping(optionNodes[k], optPath, "a conflict option", ScenarioKeys.ConflictOption);
                if (o is null)
                {
                    continue;
                }

                var id = IdRegistry.ReadId(ctx, o, optPath, "conflict option", seenOptions);
                var name = ctx.OptionalText(o, "name", optPath) ?? id;
                var direction = ctx.OptionalText(o, "direction", optPath) ?? "both";
                if (!ScenarioKeys.Directions.Contains(direction))
                {
                    ctx.Error(ScenarioDiagnosticCodes.WrongType, $"'direction' is '{direction}'; use both, take-only (once taken it stays taken) or drop-only (once dropped it stays dropped).", o["direction"]!, YamlReadContext.Join(optPath, "direction"));
                }

                if (id is not null)
                {
                    optionIds.Add(id);
                    list.Add(new ConflictOption(id, name!, direction switch
                    {
                        "take-only" => OptionReversibility.ForwardOnly,
                        "drop-only" => OptionReversibility.BackwardOnly,
                        _ => OptionReversibility.Both,
                    }));
                }
            }

            options.Add(list.ToImmutable());
            dmMaps.Add((dm, dmPath, actor));
        }

        if (optionIds.Count > Conflict.MaxOptions)
        {
            ctx.Error(ScenarioDiagnosticCodes.OutOfRange, $"The conflict has {optionIds.Count} options; at most {Conflict.MaxOptions} are supported (2^{Conflict.MaxOptions} states). Drop or merge options.", map, path);
        }

        var makers = ImmutableArray.CreateBuilder<DecisionMaker>();
        var rankingNodes = new List<(int Dm, YamlNode Node)>();
        for (int i = 0; i < dmMaps.Count; i++)
        {
            var (dm, dmPath, actor) = dmMaps[i];
            bool hasPrefs = dm["preferences"] is not null, hasRanking = dm["ranking"] is not null;
            if (hasPrefs == hasRanking)
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, "A decision maker needs exactly one of 'preferences' (statements over options, most important first) and 'ranking' (states best first).", dm, dmPath);
                continue;
            }

            PreferenceModel? prefs = null;
            if (hasPrefs)
            {
                var statements = ImmutableArray.CreateBuilder<PreferenceStatement>();
                var items = ctx.List(dm, "preferences", dmPath, "preference statements");
                for (int k = 0; k < items.Count; k++)
                {
                    if (Statement(ctx, items[k], $"{dmPath}.preferences[{k}]", known, optionIds) is { } st)
                    {
                        statements.Add(st);
                    }
                }

                prefs = new OptionPrioritization(statements.ToImmutable());
            }
            else if (Ranking(ctx, dm["ranking"]!, YamlReadContext.Join(dmPath, "ranking")) is { } ranking)
            {
                prefs = ranking;
                rankingNodes.Add((makers.Count, dm["ranking"]!));
            }

            if (actor is not null && prefs is not null)
            {
                makers.Add(new DecisionMaker(actor, actor, options[i], prefs));
            }
        }

        var infeasibilities = ImmutableArray.CreateBuilder<Infeasibility>();
        var infNodes = ctx.List(map, "infeasible", path, "infeasibility conditions");
        for (int k = 0; k < infNodes.Count; k++)
        {
            if (Infeasible(ctx, infNodes[k], $"{path}.infeasible[{k}]", optionIds) is { } inf)
            {
                infeasibilities.Add(inf);
            }
        }

        ImmutableArray<string>? statusQuo = null;
        if (map["status-quo"] is { } sqNode)
        {
            var ids = ctx.Ids(map, "status-quo", path);
            var taken = ImmutableArray.CreateBuilder<string>();
            for (int k = 0; k < ids.Length; k++)
            {
                if (ctx.CheckReference(ids[k].Id, ids[k].Node, $"{path}.status-quo[{k}]", "conflict option", optionIds))
                {
                    taken.Add(ids[k].Id);
                }
            }

            statusQuo = sqNode is YamlScalar { IsNull: true } ? [] : taken.ToImmutable();
        }

        var coalitions = ImmutableArray.CreateBuilder<Coalition>();
        var seenCoalitions = new HashSet<string>(StringComparer.Ordinal);
        var coalitionNodes = ctx.List(map, "coalitions", path, "coalitions");
        for (int k = 0; k < coalitionNodes.Count; k++)
        {
            string cPath = $"{path}.coalitions[{k}]";
            var c = ctx.Mapping(coalitionNodes[k], cPath, "a coalition", ScenarioKeys.Coalition);
            if (c is null)
            {
                continue;
            }

            var id = IdRegistry.ReadId(ctx, c, cPath, "coalition", seenCoalitions);
            var members = ctx.Ids(c, "members", cPath);
            bool ok = id is not null;
            foreach (var (member, node) in members)
            {
                ok &= ctx.CheckReference(member, node, YamlReadContext.Join(cPath, "members"), "decision maker", seenActors);
            }

            if (members.Select(m => m.Id).Distinct().Count() < 2)
            {
                ctx.Error(ScenarioDiagnosticCodes.MissingKey, "A coalition needs 'members': at least two different decision makers.", c["members"] ?? c, YamlReadContext.Join(cPath, "members"));
                ok = false;
            }

            if (ok)
            {
                coalitions.Add(new Coalition(id!, [.. members.Select(m => m.Id).Distinct()]));
            }
        }

        bool failed = ctx.Diagnostics.Count(d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Error) > errorsBefore;
        if (failed || makers.Count < 2)
        {
            return null;
        }

        if (Conflict.FindProblem(makers.ToImmutable(), infeasibilities.ToImmutable(), statusQuo, coalitions.ToImmutable()) is { } problem)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, $"The conflict cannot be built: {problem}", map, path);
            return null;
        }

        var conflict = new Conflict(makers.ToImmutable(), infeasibilities.ToImmutable(), statusQuo, coalitions.ToImmutable());

        return Validate(ctx, conflict, map, rankingNodes) ? conflict : null;
    }

    /// <summary>Reads a lever's new preference statements (<c>preferences: {actor, statements}</c>); option ids are checked when the lever is applied.</summary>
    public static PreferenceChange? ReadPreferenceChange(YamlReadContext ctx, YamlNode body, string path, KnownIds known)
    {
        var m = ctx.Mapping(body, path, "the 'preferences' effect", ScenarioKeys.PreferenceChange);
        if (m is null)
        {
            return null;
        }

        var actor = ctx.RequiredText(m, "actor", path, "this effect");
        bool ok = actor is not null && ctx.CheckReference(actor, m["actor"]!, YamlReadContext.Join(path, "actor"), "actor", known.Actors);
        var statements = ImmutableArray.CreateBuilder<PreferenceStatement>();
        var items = ctx.List(m, "statements", path, "preference statements");
        for (int k = 0; k < items.Count; k++)
        {
            var st = Statement(ctx, items[k], $"{path}.statements[{k}]", known, null);
            ok &= st is not null;
            if (st is not null)
            {
                statements.Add(st);
            }
        }

        return ok ? new PreferenceChange(actor!, new OptionPrioritization(statements.ToImmutable())) : null;
    }

    private static PreferenceStatement? Statement(YamlReadContext ctx, YamlNode node, string path, KnownIds known, HashSet<string>? optionIds)
    {
        if (node is YamlScalar scalar)
        {
            var bare = Condition(ctx, scalar, path, optionIds);
            return bare is null ? null : new PreferenceStatement(bare, null, Provenance.Assumption, []);
        }

        var m = ctx.Mapping(node, path, "a preference statement", ScenarioKeys.Statement);
        if (m is null)
        {
            return null;
        }

        if (m["statement"] is not YamlScalar text)
        {
            ctx.Error(ScenarioDiagnosticCodes.MissingKey, "A preference statement needs 'statement': a condition over option ids, such as \"ru-offensive and not ua-leaves\".", m["statement"] ?? m, YamlReadContext.Join(path, "statement"));
            return null;
        }

        var condition = Condition(ctx, text, YamlReadContext.Join(path, "statement"), optionIds);
        var sources = SourceReferences.Read(ctx, m, path, known);
        var basis = FigureSection.Basis(ctx, m, path, Provenance.Assumption);
        var note = ctx.OptionalText(m, "note", path);
        return condition is null || basis is null ? null : new PreferenceStatement(condition, note, basis.Value, sources);
    }

    /// <summary>Parses a condition over conflict options written as text; reports syntax errors and unknown options.</summary>
    internal static OptionCondition? Condition(YamlReadContext ctx, YamlScalar node, string path, HashSet<string>? optionIds)
    {
        var condition = ConditionExpression.Parse(node.Value, out var error, out int offset, out var mentioned);
        int shift = node.Quoted ? 1 : 0;
        if (condition is null)
        {
            ctx.Diagnostics.Add(Core.Diagnostics.Diagnostic.Error(ScenarioDiagnosticCodes.ConditionSyntax, $"The condition \"{node.Value}\" does not parse: {error} Write option ids joined by not, and, or, if, iff and parentheses.", new(ctx.File, node.Line, node.Column + shift + offset, path)));
            return null;
        }

        bool ok = true;
        if (optionIds is not null)
        {
            foreach (var (id, at) in mentioned)
            {
                if (!optionIds.Contains(id))
                {
                    string hint = NearestName.Hint(id, optionIds);
                    ctx.Diagnostics.Add(Core.Diagnostics.Diagnostic.Error(ScenarioDiagnosticCodes.UnknownReference, $"Unknown conflict option '{Echo.Of(id)}'.{hint} Known options: {string.Join(", ", optionIds.Take(20))}.", new(ctx.File, node.Line, node.Column + shift + at, path)));
                    ok = false;
                }
            }
        }

        return ok ? condition : null;
    }

    private static Infeasibility? Infeasible(YamlReadContext ctx, YamlNode node, string path, HashSet<string> optionIds)
    {
        var m = ctx.Mapping(node, path, "an infeasibility condition", ScenarioKeys.Infeasible);
        if (m is null)
        {
            return null;
        }

        var kinds = m.Entries.Select(e => e.Key.Value).Where(k => k != "note").ToList();
        if (kinds.Count != 1)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, "An infeasibility condition names exactly one of at-most-one, at-least-one, exactly-one, requires or when.", m, path);
            return null;
        }

        string kind = kinds[0];
        string kindPath = YamlReadContext.Join(path, kind);
        var note = ctx.OptionalText(m, "note", path);
        if (kind == "when")
        {
            var text = m["when"] as YamlScalar;
            var condition = text is null ? null : Condition(ctx, text, kindPath, optionIds);
            return condition is null ? null : new Infeasibility(condition, note);
        }

        var ids = ctx.Ids(m, kind, path);
        bool ok = true;
        for (int k = 0; k < ids.Length; k++)
        {
            ok &= ctx.CheckReference(ids[k].Id, ids[k].Node, $"{kindPath}[{k}]", "conflict option", optionIds);
        }

        int needed = kind == "requires" ? 2 : kind == "at-most-one" ? 2 : 1;
        if (ids.Length < needed || (kind == "requires" && ids.Length != 2))
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, kind == "requires"
                ? "'requires' takes two option ids: [option, option it needs]."
                : $"'{kind}' takes a list of at least {needed} option ids.", m[kind]!, kindPath);
            return null;
        }

        if (!ok)
        {
            return null;
        }

        var list = ids.Select(i => i.Id).ToArray();
        return kind switch
        {
            "at-most-one" => Infeasibility.AtMostOneOf(list, note),
            "at-least-one" => Infeasibility.AtLeastOneOf(list, note),
            "requires" => Infeasibility.Requires(list[0], list[1], note),
            _ => list.Length == 1
                ? Infeasibility.AtLeastOneOf(list, note)
                : new Infeasibility(OptionCondition.Or(Infeasibility.AtMostOneOf(list).Condition, Infeasibility.AtLeastOneOf(list).Condition), note ?? $"exactly one of {string.Join(", ", list)}"),
        };
    }

    private static StateRanking? Ranking(YamlReadContext ctx, YamlNode node, string path)
    {
        if (node is not YamlSequence seq)
        {
            ctx.Error(ScenarioDiagnosticCodes.WrongType, $"'ranking' must be a list of state numbers, best first, with tied states in sub-lists such as [3, [1, 2], 4]; this is {node.KindName}.", node, path);
            return null;
        }

        var tiers = ImmutableArray.CreateBuilder<ImmutableArray<int>>();
        for (int k = 0; k < seq.Items.Count; k++)
        {
            var members = seq.Items[k] is YamlSequence inner ? inner.Items : [seq.Items[k]];
            var tier = ImmutableArray.CreateBuilder<int>();
            foreach (var member in members)
            {
                if (ctx.Number(member, $"{path}[{k}]", "ranking", 1, int.MaxValue) is double v && v == Math.Floor(v))
                {
                    tier.Add((int)v);
                }
            }

            tiers.Add(tier.ToImmutable());
        }

        return new StateRanking(tiers.ToImmutable());
    }

    private static bool Validate(YamlReadContext ctx, Conflict conflict, YamlMapping map, List<(int Dm, YamlNode Node)> rankingNodes)
    {
        // Feasibility and the status quo do not depend on preferences: the check the variants make too.
        var model = GraphModel.TryFeasibleStates(conflict with { StatusQuo = null }, out var problem);
        if (model is null)
        {
            if (problem!.Kind == GraphModelProblemKind.NoFeasibleState)
            {
                ctx.Error(ScenarioDiagnosticCodes.NoFeasibleState, "The infeasibility conditions together rule out every state, so there is nothing to analyse. Remove or loosen one (for example an 'at-least-one' contradicted by 'requires').", map["infeasible"] ?? map, "conflict.infeasible");
            }
            else
            {
                ctx.Error(ScenarioDiagnosticCodes.WrongType, $"The conflict cannot be built: {problem.Message}", map, "conflict");
            }

            return false;
        }

        bool ok = true;
        if (GraphModel.TryFeasibleStates(conflict, out var statusQuo) is null)
        {
            ctx.Error(ScenarioDiagnosticCodes.InfeasibleStatusQuo, $"{statusQuo!.Message.TrimEnd('.')}. Correct the status quo or the condition.", map["status-quo"] ?? map, "conflict.status-quo");
            ok = false;
        }

        foreach (var (dm, node) in rankingNodes)
        {
            var ranking = (StateRanking)conflict.DecisionMakers[dm].Preferences;
            var listed = ranking.TiersBestFirst.SelectMany(t => t).ToList();
            var outside = listed.Where(o => o < 1 || o > model.StateCount).ToList();
            var twice = listed.GroupBy(o => o).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            var missing = Enumerable.Range(1, model.StateCount).Except(listed).ToList();
            if (outside.Count + twice.Count + missing.Count > 0)
            {
                string what = outside.Count > 0 ? $"names state(s) {string.Join(", ", outside)}, but there are {model.StateCount} feasible states"
                    : twice.Count > 0 ? $"lists state(s) {string.Join(", ", twice)} more than once"
                    : $"leaves out state(s) {string.Join(", ", missing.Take(10))}";
                ctx.Error(ScenarioDiagnosticCodes.BadRanking, $"The ranking of {conflict.DecisionMakers[dm].ActorId} {what}. List each of the {model.StateCount} feasible states (numbered as gmcr-py does) exactly once.", node, $"conflict.decision-makers[{dm}].ranking");
                ok = false;
            }
        }

        return ok;
    }
}
