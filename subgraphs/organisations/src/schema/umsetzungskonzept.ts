// The Umsetzungskonzept records of this subgraph (issue 13): each type file, then its mutations.
import './project.ts';
import './work-programme.ts';
import './work-programme-mutations.ts';
import './recommendation.ts';
import './recommendation-mutations.ts';
import './municipality-contact.ts';
import './municipality-contact-mutations.ts';
