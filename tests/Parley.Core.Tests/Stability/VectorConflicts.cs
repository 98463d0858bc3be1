using System.Collections.Immutable;
using System.Text.Json;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Core.Tests.Stability;

/// <summary>Builds conflicts from the inline gmcr-style cases of test-vectors.json (manual rankings, no reordering needed).</summary>
internal static class VectorConflicts
{
    public static Conflict FromCase(JsonElement c)
    {
        var options = c.GetProperty("options").EnumerateArray().Select((o, i) => (Id: $"o{i}", Name: o.GetProperty("name").GetString()!, Dir: o.GetProperty("permittedDirection").GetString())).ToArray();
        var dms = c.GetProperty("decisionMakers").EnumerateArray().Select(dm =>
        {
            var opts = dm.GetProperty("options").EnumerateArray().Select(i => options[i.GetInt32()]).Select(o => new ConflictOption(o.Id, o.Name, o.Dir switch
            {
                "fwd" => OptionReversibility.ForwardOnly,
                "back" => OptionReversibility.BackwardOnly,
                _ => OptionReversibility.Both,
            }));
            var tiers = dm.GetProperty("preferenceRanking").EnumerateArray()
                .Select(t => t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetInt32()).ToImmutableArray() : [t.GetInt32()])
                .ToImmutableArray();
            return new DecisionMaker(dm.GetProperty("name").GetString()!, dm.GetProperty("name").GetString()!, [.. opts], new StateRanking(tiers));
        }).ToImmutableArray();
        return new Conflict(dms, [], null, []);
    }

    public static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(x => x.GetInt32())];

    public static StabilityConcept Concept(string key) => key switch
    {
        "nash" => StabilityConcept.Nash,
        "gmr" => StabilityConcept.Gmr,
        "smr" => StabilityConcept.Smr,
        "seq" => StabilityConcept.Seq,
        "sim" => StabilityConcept.Sim,
        "seq_plus_sim" => StabilityConcept.SeqSim,
        _ => throw new ArgumentException(key),
    };

    public static int[] Ordinals(IEnumerable<int> states) => [.. states.Select(GraphModel.Ordinal)];
}
