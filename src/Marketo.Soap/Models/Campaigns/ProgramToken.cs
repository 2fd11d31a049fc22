namespace Marketo.Soap.Models;

/// <summary>
/// A value for one of a program's My Tokens, for one campaign run (<c>Attrib</c> in
/// <c>programTokenList</c> on the wire).
/// </summary>
/// <param name="Name">The whole token as Marketo's editor shows it, braces included, for example <c>{{my.message}}</c>.</param>
/// <param name="Value">The value for this run; it may be empty.</param>
public sealed record ProgramToken(string Name, string Value);
