namespace Marketo.Soap.Models;

/// <summary>One object to delete with <see cref="IMarketoSoapClient.DeleteMObjectsAsync"/>: its type and Marketo id.</summary>
/// <param name="Type"><see cref="MObjectTypes.Opportunity"/> or <see cref="MObjectTypes.OpportunityPersonRole"/>, the types Marketo deletes.</param>
/// <param name="Id">Marketo's id of the object, which Marketo's documentation requires.</param>
public sealed record MObjectReference(string Type, int Id);
