using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>Coalition stability of every state for one coalition (Kilgour, Hipel, Fang and Peng 2001).</summary>
/// <param name="Members">Actor ids of the members.</param>
/// <param name="StableStates">Per concept (Nash, GMR, SMR, SEQ), the states where every coalitional improvement is deterred.</param>
public sealed record CoalitionResult(ImmutableArray<string> Members, ImmutableDictionary<StabilityConcept, ImmutableArray<int>> StableStates);
