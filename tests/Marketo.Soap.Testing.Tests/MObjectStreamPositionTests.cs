using System.Text;
using Marketo.Soap.Testing.Operations;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Tests;

/// <summary>
/// getMObjects positions: only what the emulator handed out, whole, is read back; anything else,
/// however it is broken or forged, is refused with 20122 and never fails the emulator itself.
/// </summary>
public class MObjectStreamPositionTests
{
    private static readonly MObjectStreamPosition Handed = new("Opportunity", 100, MObjectStreamPosition.Digest("Opportunity||"), 3);

    /// <summary>The length of the header <see cref="Handed"/> starts with, up to and with its newline.</summary>
    private static int HeaderLength => Array.IndexOf(Bytes(Handed.ToString()), (byte)'\n') + 1;

    [Fact]
    public void HandedOut_IsReadBackAsItWas()
    {
        Assert.Equal(Handed, MObjectStreamPosition.Parse(Handed.ToString()));
    }

    [Fact]
    public void Base64WithoutAHeaderLine_IsRefusedWith20122()
    {
        AssertRefused(Convert.ToBase64String(Encoding.UTF8.GetBytes("no header line here")));
    }

    [Fact]
    public void HeaderWithTooFewParts_IsRefusedWith20122()
    {
        AssertRefused(Convert.ToBase64String(Encoding.UTF8.GetBytes("mo:Opportunity:1\n" + new string('x', 64))));
    }

    [Fact]
    public void HeaderIntactButFillerBlanked_IsRefusedWith20122()
    {
        var bytes = Bytes(Handed.ToString());
        Array.Clear(bytes, HeaderLength, bytes.Length - HeaderLength);

        AssertRefused(Convert.ToBase64String(bytes));
    }

    [Fact]
    public void HeaderIntactButFillerRepeatingItsFirstBlock_IsRefusedWith20122()
    {
        var bytes = Bytes(Handed.ToString());
        const int Block = 32;
        for (var at = HeaderLength + Block; at < bytes.Length; at++)
        {
            bytes[at] = bytes[at - Block];
        }

        AssertRefused(Convert.ToBase64String(bytes));
    }

    private static byte[] Bytes(string position) => Convert.FromBase64String(position);

    private static void AssertRefused(string position)
    {
        var fault = Assert.Throws<SoapFault>(() => MObjectStreamPosition.Parse(position));
        Assert.Equal(20122, fault.ErrorCode);
    }
}
