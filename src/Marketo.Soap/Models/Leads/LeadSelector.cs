namespace Marketo.Soap.Models;

/// <summary>
/// Chooses the leads a read covers (<c>LeadSelector</c> on the wire, sent with <c>xsi:type</c>
/// naming the concrete selector): <see cref="LeadKeySelector"/>, <see cref="StaticListSelector"/>
/// or <see cref="LastUpdatedSelector"/>.
/// </summary>
public abstract record LeadSelector
{
    // Only the three selectors Marketo knows derive from it.
    private protected LeadSelector()
    {
    }
}
