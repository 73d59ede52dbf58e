// The FHIR model has a Task resource; in these tests Task means the .NET one.
global using Task = System.Threading.Tasks.Task;
