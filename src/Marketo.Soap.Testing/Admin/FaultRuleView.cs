namespace Marketo.Soap.Testing.Admin;

/// <summary>A fault rule still in force, as the admin API shows it.</summary>
/// <param name="Fault">What it does, for example <c>MarketoFault 20023</c> or <c>ApplyThen DropConnection</c>.</param>
/// <param name="Remaining">How many more calls it applies to; null for always.</param>
/// <param name="Applied">How many calls it has applied to.</param>
internal sealed record FaultRuleView(string Fault, int? Remaining, int Applied)
{
    public static FaultRuleView From(FaultRule rule) => new(rule.Fault.ToString(), rule.Remaining, rule.Applied);
}
