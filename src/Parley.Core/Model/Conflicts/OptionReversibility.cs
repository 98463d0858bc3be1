namespace Parley.Core.Model.Conflicts;

/// <summary>Which way a decision maker may switch an option (gmcr-py's <c>permittedDirection</c>).</summary>
public enum OptionReversibility
{
    /// <summary>Both ways (gmcr-py <c>both</c>).</summary>
    Both,

    /// <summary>Only from not taken to taken: once taken it stays taken (gmcr-py <c>fwd</c>).</summary>
    ForwardOnly,

    /// <summary>Only from taken to not taken: once dropped it stays dropped (gmcr-py <c>back</c>).</summary>
    BackwardOnly,
}
