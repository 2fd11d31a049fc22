namespace Marketo.Soap.Models;

/// <summary>Marketo's answer for one lead of a <c>listOperation</c> call (<c>LeadStatus</c> on the wire).</summary>
public sealed record ListMemberStatus
{
    internal ListMemberStatus(LeadKey lead, bool status)
    {
        Lead = lead;
        Status = status;
    }

    /// <summary>The lead's key, as Marketo echoed it.</summary>
    public LeadKey Lead { get; }

    /// <summary>
    /// For <see cref="ListOperationType.IsMemberOfList"/>, whether the lead is on the list; for
    /// adding and removing, whether the change was made for this lead (removing a lead that is not
    /// on the list gives <see langword="false"/>).
    /// </summary>
    public bool Status { get; }
}
