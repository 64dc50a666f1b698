import '@kern-ux/native/dist/kern.min.css';
import './cockpit.css';
import { render } from 'preact';
import { App } from './app.tsx';

render(<App />, document.getElementById('app')!);
