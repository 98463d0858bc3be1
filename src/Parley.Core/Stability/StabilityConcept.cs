using Parley.Core.Model.Conflicts;
namespace Parley.Core.Stability;

/// <summary>A solution concept of the graph model.</summary>
public enum StabilityConcept
{
    /// <summary>Nash (rational, R): the decision maker has no unilateral improvement.</summary>
    Nash,

    /// <summary>General metarationality: every unilateral improvement can be sanctioned by some sequence of the others' moves.</summary>
    Gmr,

    /// <summary>Symmetric metarationality: as GMR, and the decision maker cannot escape the sanction by a further move.</summary>
    Smr,

    /// <summary>Sequential stability: as GMR, with sanctions made only of the others' unilateral improvements.</summary>
    Seq,

    /// <summary>Simultaneous stability (option form): the others, moving at the same time by unilateral improvements, can spoil each improvement.</summary>
    Sim,

    /// <summary>Stable if sequentially or simultaneously stable (gmcr-py's SEQ+SIM).</summary>
    SeqSim,
}
