namespace Marketo.Soap.WsdlConformance.Tests;

public class Marketo23ChangesTests
{
    [Fact]
    public void Apply_ToA22Wsdl_ReportsEachOfTheThreeChanges()
    {
        var changes = Marketo23Changes.Apply(WsdlModel.Read(Fixtures.Reference22()));

        Assert.Equal(
            [
                "ParamsGetLeadChanges: added activityNameFilter after activityFilter",
                "ParamsListOperation: removed skipActivityLog",
                "ListOperationType: CLEARLIST was already absent (as the facts expect of Marketo's 2_2 WSDL)",
            ],
            changes);
    }

    [Fact]
    public void Apply_ToA22Wsdl_InsertsActivityNameFilterAfterActivityFilter()
    {
        var wsdl = WsdlModel.Read(Fixtures.Reference22());

        Marketo23Changes.Apply(wsdl);

        Assert.Equal(
            ["startPosition", "activityFilter", "activityNameFilter", "batchSize", "leadSelector"],
            wsdl.ComplexTypes["ParamsGetLeadChanges"].Elements.Select(e => e.Name));
    }

    [Fact]
    public void Apply_ListOperationTypeWithClearList_RemovesIt()
    {
        var wsdl = WsdlModel.Read(Fixtures.Reference22());
        wsdl.SimpleTypes["ListOperationType"].Values.Add("CLEARLIST");

        var changes = Marketo23Changes.Apply(wsdl);

        Assert.Equal("ListOperationType: removed CLEARLIST", changes[2]);
        Assert.Equal(["ADDTOLIST", "REMOVEFROMLIST"], wsdl.SimpleTypes["ListOperationType"].Values);
    }

    [Fact]
    public void Apply_WsdlAlreadyAt23_ThrowsRatherThanAddingTheFilterTwice()
    {
        var wsdl = WsdlModel.Read(Fixtures.Project23());

        var thrown = Assert.Throws<InvalidDataException>(() => Marketo23Changes.Apply(wsdl));

        Assert.Contains("activityNameFilter", thrown.Message, StringComparison.Ordinal);
    }
}
