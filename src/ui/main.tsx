import { render } from 'solid-js/web';
import './styles.css';
import { App } from './app';

render(() => <App />, document.getElementById('root')!);
