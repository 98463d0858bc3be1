using Parley.Core.Model.Conflicts;

namespace Parley.Core.Tests.Stability;

/// <summary>Small conflicts for deterrence and mechanism tests, worked out by hand.</summary>
internal static class DeterrenceFixtures
{
    /// <summary>
    /// RU (ru-leave), UA (ua-leave), US (us-aid); status quo: nothing taken (state 1). RU puts "not us-aid"
    /// first, then "ru-leave", so it gains by leaving (state 2) while the US gives no aid; the US puts
    /// "us-aid iff ru-leave" first, so from state 2 it resumes aid (state 6, code 5), which RU ranks below
    /// the status quo. UA and the US have no improving move from the status quo. So the status quo is not
    /// Nash-stable for RU, but GMR-, SMR- and SEQ-stable, held by the mediator's sanction.
    /// </summary>
    public static Conflict MediatorSanction() => new(
        [
            new DecisionMaker("RU", "Russia", [new ConflictOption("ru-leave", "leave the talks")], Prioritized(OptionCondition.Option("us-aid", false), OptionCondition.Option("ru-leave"))),
            new DecisionMaker("UA", "Ukraine", [new ConflictOption("ua-leave", "leave the talks")], Prioritized(OptionCondition.Option("ua-leave", false), OptionCondition.Option("us-aid"))),
            new DecisionMaker("US", "United States", [new ConflictOption("us-aid", "resume aid to Ukraine")], Prioritized(OptionCondition.Iff(OptionCondition.Option("us-aid"), OptionCondition.Option("ru-leave")), OptionCondition.Option("ua-leave", false))),
        ],
        [],
        [],
        []);

    private static OptionPrioritization Prioritized(params OptionCondition[] statements) =>
        new([.. statements.Select(s => new PreferenceStatement(s))]);
}
