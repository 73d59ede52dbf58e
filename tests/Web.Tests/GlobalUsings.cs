// Every browser test speaks Playwright, xUnit and the demo seed's people.
global using Microsoft.Playwright;
global using Platform.Identity.Seed;
global using Xunit;
global using static Microsoft.Playwright.Assertions;
