/**
 * Posting descriptions written for these tests (not taken from any real posting), as the
 * feeds give them: HTML with headings, lists, entities and inline markup.
 */
export const BACKEND_HTML = `<p>We are looking for a <strong>Backend Engineer</strong> to join the payments team.</p>
<h3>What you will do</h3>
<ul><li>Design and run services in Go and PostgreSQL</li><li>Own the ledger&#39;s reliability &amp; on-call rota</li></ul>
<h3>Requirements</h3>
<ul><li>4+ years of experience building backend services</li><li>Experience with Kafka or another message broker</li></ul>
<p>Benefits: 30 days of holiday, a learning budget and a yearly team trip.</p>`

export const BACKEND_HTML_CHANGED = BACKEND_HTML.replace(
  '4+ years of experience',
  '5+ years of experience',
).replace('a yearly team trip', 'two team trips a year')

export const FRONTEND_HTML = `<div><p>Our web team is hiring a <em>Frontend Engineer</em> who cares about accessible interfaces.</p>
<p><b>Responsibilities</b></p>
<ul><li>Build the customer dashboard in React and TypeScript</li><li>Review designs with product and design</li></ul>
<p><b>Requirements</b></p>
<ul><li>Experience with React, TypeScript and CSS</li><li>You have shipped accessible UI to production</li></ul></div>`

export const DATA_HTML = `<h2>About the role</h2><p>The data platform team needs a Data Engineer to run our pipelines.</p>
<h2>You will</h2><ul><li>Maintain Airflow jobs and the Snowflake warehouse</li><li>Write Python and SQL every day</li></ul>
<h2>You have</h2><ul><li>Experience with Python, SQL and dbt</li><li>Care for data quality and documentation</li></ul>`

export const SRE_HTML = `<p>Join the infrastructure group as a Site Reliability Engineer.</p>
<p><strong>What you'll do</strong></p><ul><li>Run Kubernetes clusters on AWS with Terraform</li><li>Improve our Prometheus alerting</li></ul>
<p><strong>Requirements</strong></p><ul><li>Experience with Linux, Kubernetes and Terraform</li><li>Comfortable joining an on-call rotation</li></ul>`

export const MOBILE_TEXT = `We are hiring a Mobile Engineer to build our iOS and Android apps.

Responsibilities
- Ship features in Swift and Kotlin
- Work with the API team on new endpoints

Requirements
- 3+ years of experience with native mobile development
- Experience with automated UI testing`
