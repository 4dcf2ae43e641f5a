// The dashboard starts here (index.html loads it as a module).
import './shell.js';
